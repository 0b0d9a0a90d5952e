# Lint (issue 16): a setting's default is written once, in the settings structs, and a preset's
# values once, in core/pipeline/src/settings.cpp. This fails when code elsewhere in the
# application (app/, ui/, core/pipeline/src) assigns a number to a setting, the way inline presets
# used to ("cpu" meant 40, 60 or 40 epochs depending on the command).
# Run: cmake -DSOURCE_DIR=<repo> -P settings_defaults.cmake
set(members "epochs|batch_size|learning_rate|input_size|base_width|depth|max_width|down_blocks|spade_hidden|disc_width|lr_g|lr_d|lambda_[a-z]+|keep_fraction|min_consistency|min_confidence|max_l1|min_ssim|iterations|annotate_batch|eval_epochs_labelled|eval_min_epochs|eval_workers|threshold|open_radius|close_radius|min_area_fraction|threads")
file(GLOB_RECURSE files
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
  "${SOURCE_DIR}/core/pipeline/src/*.cpp" "${SOURCE_DIR}/core/pipeline/src/*.h")
set(found "")
foreach(f IN LISTS files)
  if(f MATCHES "/settings\\.cpp$")
    continue()
  endif()
  file(STRINGS "${f}" lines REGEX "\\.(${members}) *= *-?[0-9][0-9.e+-]*[;,) ]")
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    list(APPEND found "${f}: ${line}")
  endforeach()
endforeach()
list(LENGTH files count)
if(count LESS 20)
  message(FATAL_ERROR "found only ${count} source files under ${SOURCE_DIR}: wrong SOURCE_DIR?")
endif()
if(found)
  string(REPLACE ";" "\n  " text "${found}")
  message(FATAL_ERROR "settings given numbers outside core/pipeline/src/settings.cpp (use a preset or "
                      "the settings table):\n  ${text}")
endif()
message(STATUS "settings lint: ${count} files, no setting given a number outside settings.cpp")
