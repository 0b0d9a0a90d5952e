# Finds LibTorch and defines the target `mipr::torch` and MIPR_TORCH_VERSION (e.g. 1.13.0).
#  1. The official distribution's `Torch` CMake package (libtorch zip, a PyTorch wheel's
#     torch.utils.cmake_prefix_path, CUDA builds, Windows).
#  2. Else Debian's `Caffe2` config and libraries (libtorch-dev), whose include layout differs.
# Include this file once per top-level project; it is safe to include again.
if(TARGET mipr::torch)
  return()
endif()

set(MIPR_TORCH_FLAVOUR "")
find_package(Torch CONFIG QUIET)
if(Torch_FOUND AND TORCH_LIBRARIES)
  add_library(mipr_torch INTERFACE)
  target_link_libraries(mipr_torch INTERFACE ${TORCH_LIBRARIES})
  if(TORCH_INCLUDE_DIRS)
    target_include_directories(mipr_torch SYSTEM INTERFACE ${TORCH_INCLUDE_DIRS})
  endif()
  # The official package adds its ABI flag to TORCH_CXX_FLAGS; keep it.
  if(TORCH_CXX_FLAGS)
    separate_arguments(_mipr_torch_flags UNIX_COMMAND "${TORCH_CXX_FLAGS}")
    target_compile_options(mipr_torch INTERFACE ${_mipr_torch_flags})
  endif()
  set(MIPR_TORCH_VERSION "${Torch_VERSION}")
  set(MIPR_TORCH_FLAVOUR "Torch package ${Torch_VERSION}")
  # MSVC drops torch_cuda.dll from the link when no symbol of it is used directly, and LibTorch
  # then runs on the CPU only: keep it (PyTorch's documented workaround for Windows CUDA builds).
  if(MSVC AND TARGET torch_cuda)
    target_link_options(mipr_torch INTERFACE "-INCLUDE:?warp_size@cuda@at@@YAHXZ")
    set(MIPR_TORCH_FLAVOUR "${MIPR_TORCH_FLAVOUR} (CUDA)")
  endif()
else()
  find_package(Caffe2 CONFIG REQUIRED)
  find_path(MIPR_TORCH_API_INCLUDE torch/torch.h
            PATHS /usr/include/torch/csrc/api/include ${CMAKE_PREFIX_PATH}
            PATH_SUFFIXES include/torch/csrc/api/include)
  if(NOT MIPR_TORCH_API_INCLUDE)
    message(FATAL_ERROR "Found Caffe2 but not the LibTorch C++ API headers (torch/torch.h). "
                        "Install libtorch-dev, or point CMAKE_PREFIX_PATH at a LibTorch distribution.")
  endif()
  add_library(mipr_torch INTERFACE)
  target_link_libraries(mipr_torch INTERFACE torch torch_cpu c10)
  target_include_directories(mipr_torch SYSTEM INTERFACE ${MIPR_TORCH_API_INCLUDE})
  set(MIPR_TORCH_VERSION "${Caffe2_VERSION}")
  set(MIPR_TORCH_FLAVOUR "Debian Caffe2 package ${Caffe2_VERSION}")
endif()
add_library(mipr::torch ALIAS mipr_torch)
message(STATUS "LibTorch: ${MIPR_TORCH_FLAVOUR}")
