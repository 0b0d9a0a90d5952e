// BCE + soft Dice.
#include "mipr/engine/losses.h"

#include <torch/nn/functional/loss.h>

namespace mipr::engine {

torch::Tensor soft_dice_loss(const torch::Tensor& logits, const torch::Tensor& target, double eps) {
    // In float32 also when the forward pass ran under autocast.
    const auto p = torch::sigmoid(logits.to(torch::kFloat)).flatten(1);
    const auto t = target.to(torch::kFloat).flatten(1);
    const auto inter = (p * t).sum(1);
    const auto denom = p.sum(1) + t.sum(1);
    return (1.0 - (2.0 * inter + eps) / (denom + eps)).mean();
}

torch::Tensor bce_dice_loss(const torch::Tensor& logits, const torch::Tensor& target) {
    return torch::nn::functional::binary_cross_entropy_with_logits(logits.to(torch::kFloat),
                                                                   target.to(torch::kFloat)) +
           soft_dice_loss(logits, target);
}

}  // namespace mipr::engine
