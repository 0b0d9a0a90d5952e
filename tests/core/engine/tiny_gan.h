// The smallest G and D the engine's tests train (a few hundred parameters each), shared by the GAN
// training and precision tests.
#pragma once

#include "mipr/engine/discriminator.h"
#include "mipr/engine/generator.h"

namespace mipr::engine::testing {

inline GeneratorOptions tiny_g() {
    GeneratorOptions o;
    o.base_width = 4;
    o.max_width = 16;
    o.down_blocks = 2;
    o.spade_hidden = 8;
    return o;
}

inline DiscriminatorOptions tiny_d() {
    DiscriminatorOptions o;
    o.base_width = 4;
    return o;
}

}  // namespace mipr::engine::testing
