// Device selection and thread set-up.
#include "mipr/engine/device.h"

#include <ATen/Context.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/utils.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <stdexcept>
#include <thread>

namespace mipr::engine {

c10::Device resolve_device(const std::string& spec) {
    if (spec.empty() || spec == "auto") {
        return torch::cuda::is_available() ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
    }
    if (spec == "cpu") return c10::Device(c10::kCPU);
    if (spec == "cuda" || spec.rfind("cuda:", 0) == 0) {
        int index = 0;
        if (spec.size() > 5) {
            try {
                std::size_t used = 0;
                index = std::stoi(spec.substr(5), &used);
                if (used != spec.size() - 5 || index < 0) throw std::invalid_argument(spec);
            } catch (const std::exception&) {
                throw std::invalid_argument("device '" + spec + "': expected cuda:N with N a GPU number");
            }
        }
        if (!torch::cuda::is_available()) {
            throw std::invalid_argument("device '" + spec +
                                        "': no CUDA GPU is available to this build of LibTorch; use "
                                        "--device cpu or auto");
        }
        if (index >= static_cast<int>(torch::cuda::device_count())) {
            throw std::invalid_argument("device '" + spec + "': only " +
                                        std::to_string(torch::cuda::device_count()) + " CUDA device(s)");
        }
        return c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    throw std::invalid_argument("device '" + spec + "': expected auto, cpu, cuda or cuda:N");
}

void tune_cpu_allocator() {
#ifdef __GLIBC__
    // LibTorch allocates and frees tensors of a few MiB at every layer. With glibc's defaults
    // those go to fresh mmap()s or are trimmed back to the system, so every training step and
    // every inference batch page-faults its buffers in again; under a hypervisor a page fault is
    // expensive (measured on this 2-core VM: U-Net inference 30 -> 128 img/s, training 17 -> 39
    // img/s, G inference 5 -> 12.7 img/s). Keep freed memory in the process instead: no mmap
    // below 32 MiB (the largest threshold glibc accepts), no trimming below 1 GiB free.
    static const bool done = [] {
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
        return true;
    }();
    (void)done;
#endif
}

int configure_threads(int threads) {
    tune_cpu_allocator();
    if (threads <= 0) {
        threads = static_cast<int>(std::thread::hardware_concurrency());
        if (threads <= 0) threads = 1;
    }
    at::set_num_threads(threads);
    return at::get_num_threads();
}

std::string describe_device(const c10::Device& device) {
    if (device.is_cpu()) return "cpu (" + std::to_string(at::get_num_threads()) + " threads)";
    return device.str();
}

void seed_everything(unsigned long long seed) {
    torch::manual_seed(seed);
    at::globalContext().setDeterministicCuDNN(true);
    at::globalContext().setBenchmarkCuDNN(false);
}

}  // namespace mipr::engine
