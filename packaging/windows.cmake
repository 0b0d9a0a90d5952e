# Windows: what the programs need beside them, and an installer (included by packaging/CMakeLists.txt
# when WIN32). Built with MSVC 2022 against Qt 6 from the Qt installer, the official LibTorch zip
# (CPU or CUDA) and OpenCV's Windows release, by .github/workflows/windows.yml. NOT RUN on our
# (Linux) machines: see README, "Windows", for what is untested.
#
# Layout, and why. NSIS installers cannot hold more than 2 GB (one 32-bit data block), and the
# CUDA build of LibTorch alone is larger (cuDNN, cuBLAS, torch_cuda: about 3-4 GB). So:
#   MIPR_WINDOWS_PACKAGE=cpu  (default)  mipr-studio-<v>-win64-cpu.exe: an NSIS installer with the
#                                         CPU LibTorch (a few hundred MB); runs on any PC.
#   MIPR_WINDOWS_PACKAGE=cuda             mipr-studio-<v>-win64-cuda.zip: the same programs built
#                                         against CUDA LibTorch, as a folder to unpack (ZIP64 has no
#                                         2 GB limit); the CUDA DLLs must sit beside the programs.
# SPDX-License-Identifier: GPL-3.0-or-later
set(MIPR_WINDOWS_PACKAGE "cpu" CACHE STRING "Windows package: cpu (NSIS installer) or cuda (ZIP)")
set_property(CACHE MIPR_WINDOWS_PACKAGE PROPERTY STRINGS cpu cuda)

# The MSVC runtime (vcruntime140.dll, msvcp140.dll, ...) beside the programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# Qt: windeployqt through Qt's deploy script (plugins, translations for qtbase, Qt DLLs).
if(TARGET mipr-studio)
  qt_generate_deploy_app_script(TARGET mipr-studio OUTPUT_SCRIPT _mipr_deploy NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${_mipr_deploy})
endif()

# LibTorch: every DLL of the distribution (torch_cpu, c10, fbgemm, libiomp5md, asmjit, uv; with
# CUDA also torch_cuda, c10_cuda, cuDNN, cuBLAS, nvrtc ...).
if(TORCH_INSTALL_PREFIX)
  file(GLOB _mipr_torch_dlls "${TORCH_INSTALL_PREFIX}/lib/*.dll")
  install(FILES ${_mipr_torch_dlls} DESTINATION bin)
endif()
# OpenCV, SQLite, spdlog, fmt: the DLLs of the imported targets the programs link.
install(FILES $<TARGET_RUNTIME_DLLS:mipr> DESTINATION bin)
if(TARGET mipr-studio)
  install(FILES $<TARGET_RUNTIME_DLLS:mipr-studio> DESTINATION bin)
endif()

set(CPACK_PACKAGE_INSTALL_DIRECTORY "MIPR Studio")
set(CPACK_PACKAGE_EXECUTABLES "mipr-studio" "MIPR Studio")
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons\\\\mipr-studio.ico")
if(MIPR_WINDOWS_PACKAGE STREQUAL "cuda")
  set(CPACK_GENERATOR "ZIP")
  set(CPACK_PACKAGE_FILE_NAME "mipr-studio-${PROJECT_VERSION}-win64-cuda")
else()
  set(CPACK_GENERATOR "NSIS")
  set(CPACK_PACKAGE_FILE_NAME "mipr-studio-${PROJECT_VERSION}-win64-cpu")
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/mipr-studio.ico")
  set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/mipr-studio.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mipr-studio.exe")
  set(CPACK_NSIS_DISPLAY_NAME "MIPR Studio ${PROJECT_VERSION}")
  set(CPACK_NSIS_URL_INFO_ABOUT "${MIPR_PROJECT_URL}")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH ON)  # offers to put bin\ (mipr.exe) on the PATH
  # project.mipr opens the studio: a file type for .mipr, removed again by the uninstaller.
  set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
    WriteRegStr HKCR ".mipr" "" "MIPRStudio.Project"
    WriteRegStr HKCR "MIPRStudio.Project" "" "MIPR Studio project"
    WriteRegStr HKCR "MIPRStudio.Project\DefaultIcon" "" "$INSTDIR\bin\mipr-studio.exe,0"
    WriteRegStr HKCR "MIPRStudio.Project\shell\open\command" "" '"$INSTDIR\bin\mipr-studio.exe" "%1"'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
  ]=])
  set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
    DeleteRegKey HKCR "MIPRStudio.Project"
    DeleteRegKey HKCR ".mipr"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
  ]=])
endif()
