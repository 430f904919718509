# The layering check (ctest `layering`): every #include in a layer's sources may name only
# its own layer or one below it. Layers, lowest first (README: Layout):
#   core (includes "bailiff/NAME.hpp") < sim ("bailiff/sim/") < study ("bailiff/study/"),
#   tasks ("bailiff/tasks/") < audit ("bailiff/audit/") < report ("bailiff/report/") < cli,
#   web, python (the front doors: nothing includes them). study (what drives the engine over
#   many cases or runs) sits beside audit above sim: audit, report and the doors may include
#   it, sim and core never. tasks (the thread pool the doors pass to the libraries) sits
#   above sim too, and includes only sim and core.
# Also: no "../" includes in the libraries, CLI11 only in cli/, ImGui only in web/.
# Usage: cmake -DROOT=<source dir> -P cmake/check_layers.cmake
set(rank_core 0)
set(rank_sim 1)
set(rank_study 2)
set(rank_tasks 2)
set(rank_audit 3)
set(rank_report 4)
set(rank_cli 5)
set(rank_web 5)
set(rank_python 5)
set(violations "")
foreach(layer core sim study tasks audit report cli web python)
  file(GLOB_RECURSE sources "${ROOT}/${layer}/*.cpp" "${ROOT}/${layer}/*.hpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
      set(target "")
      if(line MATCHES "\"bailiff/(sim|study|tasks|audit|report)/")
        set(target "${CMAKE_MATCH_1}")
      elseif(line MATCHES "\"bailiff/[^/\"]+\"")
        set(target core)
      endif()
      file(RELATIVE_PATH shown "${ROOT}" "${source}")
      if(target AND rank_${target} GREATER rank_${layer})
        list(APPEND violations "${shown}: ${layer} may not include ${target}: ${line}")
      endif()
      if(line MATCHES "\"\\.\\./" AND NOT layer STREQUAL web)
        list(APPEND violations "${shown}: an include that climbs out of its folder: ${line}")
      endif()
      if(line MATCHES "<CLI/" AND NOT layer STREQUAL cli)
        list(APPEND violations "${shown}: CLI11 outside cli/: ${line}")
      endif()
      if(line MATCHES "imgui" AND NOT layer STREQUAL web)
        list(APPEND violations "${shown}: ImGui outside web/: ${line}")
      endif()
    endforeach()
  endforeach()
endforeach()
if(violations)
  list(LENGTH violations count)
  string(REPLACE ";" "\n  " listed "${violations}")
  message(FATAL_ERROR "layering: ${count} include(s) point up a layer:\n  ${listed}")
endif()
message(STATUS "layering: every include points down (core < sim < study, tasks < audit < report < cli, web, python)")
