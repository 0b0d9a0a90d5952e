// Segmentation losses: binary cross-entropy on logits plus soft Dice (ARCHITECTURE.md §1.1).
#pragma once

#include <torch/types.h>

namespace mipr::engine {

/// 1 - soft Dice between sigmoid(logits) and target, averaged over the batch. Shapes [N,1,H,W].
torch::Tensor soft_dice_loss(const torch::Tensor& logits, const torch::Tensor& target, double eps = 1.0);

/// BCE-with-logits + soft Dice, each weighted 1.
torch::Tensor bce_dice_loss(const torch::Tensor& logits, const torch::Tensor& target);

}  // namespace mipr::engine
