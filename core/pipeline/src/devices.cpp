// The devices the studio offers (settings.h): the CPU with its threads, and each CUDA device
// LibTorch sees, named with its free memory through NVML when the driver's library is present
// (loaded at run time: a CPU build has no CUDA to link against).
#include "mipr/pipeline/settings.h"

#include <torch/cuda.h>

#include <dlfcn.h>

#include <cstdio>
#include <thread>

namespace mipr::pipeline {
namespace {

struct NvmlMemory {
    unsigned long long total, free, used;
};

/// "NVIDIA H200 (130.2 GiB free)" from NVML, or "" when NVML is not there.
std::string nvml_description(int index) {
    void* lib = dlopen("libnvidia-ml.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (lib == nullptr) return {};
    using Init = int (*)();
    using Handle = int (*)(unsigned, void**);
    using Name = int (*)(void*, char*, unsigned);
    using Memory = int (*)(void*, NvmlMemory*);
    const auto init = reinterpret_cast<Init>(dlsym(lib, "nvmlInit_v2"));
    const auto handle_of = reinterpret_cast<Handle>(dlsym(lib, "nvmlDeviceGetHandleByIndex_v2"));
    const auto name_of = reinterpret_cast<Name>(dlsym(lib, "nvmlDeviceGetName"));
    const auto memory_of = reinterpret_cast<Memory>(dlsym(lib, "nvmlDeviceGetMemoryInfo"));
    std::string out;
    void* handle = nullptr;
    char name[96] = {};
    NvmlMemory memory{};
    if (init && handle_of && name_of && memory_of && init() == 0 &&
        handle_of(static_cast<unsigned>(index), &handle) == 0 && name_of(handle, name, sizeof name) == 0) {
        out = name;
        if (memory_of(handle, &memory) == 0) {
            char free_text[48];
            std::snprintf(free_text, sizeof free_text, " (%.1f GiB free)",
                          static_cast<double>(memory.free) / (1024.0 * 1024.0 * 1024.0));
            out += free_text;
        }
    }
    dlclose(lib);
    return out;
}

}  // namespace

std::vector<DeviceInfo> available_devices() {
    std::vector<DeviceInfo> out;
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    out.push_back({"cpu", "CPU (" + std::to_string(cores) + " threads)"});
    const auto n = static_cast<int>(torch::cuda::device_count());
    for (int i = 0; i < n; ++i) {
        const std::string id = "cuda:" + std::to_string(i);
        const auto named = nvml_description(i);
        out.push_back({id, named.empty() ? id : id + " " + named});
    }
    return out;
}

}  // namespace mipr::pipeline
