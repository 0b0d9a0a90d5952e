// Losses of G and D: hinge GAN, feature matching, S-consistency (ARCHITECTURE.md §1.2).
#include "mipr/engine/gan_losses.h"

#include <torch/nn/functional/loss.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "mipr/engine/losses.h"

namespace mipr::engine {

namespace {

void check_outputs(const DiscriminatorOutputs& outputs, const char* what) {
    if (outputs.empty()) throw std::invalid_argument(std::string(what) + ": no discriminator outputs");
    for (const auto& scale : outputs)
        if (scale.empty()) throw std::invalid_argument(std::string(what) + ": a scale has no outputs");
}

// Uses S without training it, and puts S back exactly as found, even if the forward throws.
// Parameters that do not require grad keep S out of the autograd graph altogether, so a
// backward through the loss leaves S's .grad untouched while still reaching `generated`.
class FrozenUse {
public:
    explicit FrozenUse(UNet& net) : net_(net), was_training_(net->is_training()) {
        for (auto& p : net_->parameters()) {
            flags_.push_back(p.requires_grad());
            p.requires_grad_(false);
        }
        net_->eval();  // BatchNorm uses running statistics and does not update them
    }
    ~FrozenUse() {
        auto params = net_->parameters();
        for (std::size_t i = 0; i < params.size() && i < flags_.size(); ++i)
            params[i].requires_grad_(flags_[i]);
        net_->train(was_training_);
    }
    FrozenUse(const FrozenUse&) = delete;
    FrozenUse& operator=(const FrozenUse&) = delete;

private:
    UNet& net_;
    bool was_training_;
    std::vector<bool> flags_;
};

}  // namespace

torch::Tensor hinge_d_loss(const DiscriminatorOutputs& real, const DiscriminatorOutputs& fake) {
    check_outputs(real, "hinge_d_loss");
    check_outputs(fake, "hinge_d_loss");
    if (real.size() != fake.size())
        throw std::invalid_argument("hinge_d_loss: real and fake differ in scales");
    torch::Tensor total;
    for (std::size_t s = 0; s < real.size(); ++s) {
        const auto loss = torch::relu(1.0 - real[s].back().to(torch::kFloat)).mean() +
                          torch::relu(1.0 + fake[s].back().to(torch::kFloat)).mean();
        total = total.defined() ? total + loss : loss;
    }
    return total / static_cast<double>(real.size());
}

torch::Tensor hinge_g_loss(const DiscriminatorOutputs& fake) {
    check_outputs(fake, "hinge_g_loss");
    torch::Tensor total;
    for (const auto& scale : fake) {
        const auto loss = -scale.back().to(torch::kFloat).mean();
        total = total.defined() ? total + loss : loss;
    }
    return total / static_cast<double>(fake.size());
}

torch::Tensor feature_matching_loss(const DiscriminatorOutputs& real, const DiscriminatorOutputs& fake) {
    check_outputs(real, "feature_matching_loss");
    check_outputs(fake, "feature_matching_loss");
    if (real.size() != fake.size()) throw std::invalid_argument("feature_matching_loss: scales differ");
    torch::Tensor total;
    for (std::size_t s = 0; s < real.size(); ++s) {
        if (real[s].size() != fake[s].size() || real[s].size() < 2)
            throw std::invalid_argument("feature_matching_loss: need the same >= 2 outputs per scale");
        torch::Tensor scale_loss;
        const std::size_t intermediate = real[s].size() - 1;  // the last output is the logits
        for (std::size_t j = 0; j < intermediate; ++j) {
            const auto l1 = torch::nn::functional::l1_loss(fake[s][j].to(torch::kFloat),
                                                           real[s][j].detach().to(torch::kFloat));
            scale_loss = scale_loss.defined() ? scale_loss + l1 : l1;
        }
        scale_loss = scale_loss / static_cast<double>(intermediate);
        total = total.defined() ? total + scale_loss : scale_loss;
    }
    return total / static_cast<double>(real.size());
}

torch::Tensor consistency_loss(UNet& segmenter, const torch::Tensor& generated, const torch::Tensor& label) {
    FrozenUse frozen(segmenter);
    return soft_dice_loss(segmenter->forward(generated), label.to(generated.scalar_type()));
}

}  // namespace mipr::engine
