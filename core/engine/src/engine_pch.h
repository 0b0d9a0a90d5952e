// Precompiled header for the Torch-heavy targets: the narrow LibTorch headers the engine uses.
#pragma once
#include <torch/nn/functional.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/batchnorm.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/optim/adam.h>
#include <torch/optim/schedulers/lr_scheduler.h>
#include <torch/serialize.h>
#include <torch/types.h>
#include <torch/utils.h>
