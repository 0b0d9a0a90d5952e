// Losses of G and D (ARCHITECTURE.md §1.2): hinge GAN, feature matching on D's intermediate
// outputs, L1 reconstruction, and S-consistency — soft Dice between S(G(x, t)) and t with S
// frozen, so S "constrains shape and location" of what G draws.
#pragma once

#include <torch/types.h>

#include "mipr/engine/discriminator.h"
#include "mipr/engine/unet.h"

namespace mipr::engine {

/// D's hinge loss, averaged over scales: mean(relu(1 - D(real))) + mean(relu(1 + D(fake))).
torch::Tensor hinge_d_loss(const DiscriminatorOutputs& real, const DiscriminatorOutputs& fake);
/// G's hinge loss, averaged over scales: -mean(D(fake)).
torch::Tensor hinge_g_loss(const DiscriminatorOutputs& fake);
/// pix2pixHD feature matching: for each scale, the mean over intermediate layers (all but the
/// last) of L1(fake, real.detach()), averaged over scales. Multiply by lambda (10) outside.
torch::Tensor feature_matching_loss(const DiscriminatorOutputs& real, const DiscriminatorOutputs& fake);
/// Soft Dice loss (1 - Dice) of S's prediction on `generated` ([-1,1], S's input range) against
/// `label`. S's parameters receive no gradient (they are used, not trained); G does.
torch::Tensor consistency_loss(UNet& segmenter, const torch::Tensor& generated, const torch::Tensor& label);

}  // namespace mipr::engine
