# Warnings and compiler launcher shared by every target (included by top-level projects).
include_guard(GLOBAL)

find_program(MIPR_CCACHE ccache)
if(MIPR_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${MIPR_CCACHE})
endif()

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

# Warnings are always on for our own code. They become errors only where we chose it: with
# MIPR_WERROR=ON (CI sets it; scripts/setup.sh passes it when CI=true) *and* on a toolchain we
# pin, a compiler and LibTorch whose warnings we have seen. A user's build with a newer GCC or
# LibTorch (e.g. GCC 14's -Warray-bounds inside LibTorch 2.6's own headers) shows the warnings
# and still builds. Third-party headers come in as system headers (MiprTorch.cmake, imported
# targets), so their warnings are silenced wherever the compiler can attribute them.
option(MIPR_WERROR "Treat warnings as errors on the pinned toolchains (MIPR_WERROR_TOOLCHAINS)" OFF)
set(MIPR_WERROR_TOOLCHAINS "GNU 12 LibTorch 1.13"
    CACHE STRING "Toolchains ('<compiler id> <major> LibTorch <major.minor>') on which MIPR_WERROR applies")

# The toolchain's key as MIPR_WERROR_TOOLCHAINS spells it (MIPR_TORCH_VERSION: MiprTorch.cmake).
function(mipr_toolchain_key out)
  string(REGEX MATCH "^[0-9]+" _major "${CMAKE_CXX_COMPILER_VERSION}")
  string(REGEX MATCH "^[0-9]+\\.[0-9]+" _torch "${MIPR_TORCH_VERSION}")
  set(${out} "${CMAKE_CXX_COMPILER_ID} ${_major} LibTorch ${_torch}" PARENT_SCOPE)
endfunction()

function(mipr_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
  endif()
  if(NOT MIPR_WERROR)
    return()
  endif()
  mipr_toolchain_key(_key)
  if(_key IN_LIST MIPR_WERROR_TOOLCHAINS)
    if(MSVC)
      target_compile_options(${target} PRIVATE /WX)
    else()
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  else()
    get_property(_told GLOBAL PROPERTY MIPR_WERROR_TOLD)
    if(NOT _told)
      set_property(GLOBAL PROPERTY MIPR_WERROR_TOLD TRUE)
      message(STATUS "MIPR_WERROR: '${_key}' is not a pinned toolchain (${MIPR_WERROR_TOOLCHAINS}); "
                     "warnings stay warnings")
    endif()
  endif()
endfunction()
