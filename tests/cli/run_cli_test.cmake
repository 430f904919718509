# Script mode (cmake -P): run one `bailiff` command line and check what it did. Used by
# tests/cli/CMakeLists.txt for both the native binary and the WASM build under node.
#
# Lists are passed with "|" between items (CMake's ";" does not survive add_test).
#   CMD              the command: [emulator|emulator args|]path to bailiff (required)
#   ARGS             its arguments
#   WORK_DIR         emptied, then the working directory of the command (required)
#   EXIT             "0" (default), "nonzero" or an exact code
#   STDOUT_GOLDEN    stdout must equal this file byte for byte
#   STDOUT_EMPTY     ON: stdout must be empty
#   STDERR_EMPTY     ON: stderr must be empty
#   STDOUT_HAS       substrings stdout must contain
#   STDERR_HAS       substrings stderr must contain
#   FILE             a file (relative to WORK_DIR) the command must write ...
#   FILE_GOLDEN      ... equal to this file byte for byte
#   NO_FILE          a file (relative to WORK_DIR) that must not exist afterwards
#   ONLY_FILES       WORK_DIR must hold exactly these entries afterwards ("" = empty):
#                    nothing partial or temporary left behind
#
# With the environment variable BAILIFF_UPDATE_GOLDEN=1 the golden files are rewritten
# from this run instead of compared (review the diff before committing).

foreach(required CMD WORK_DIR)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_cli_test.cmake: -D${required}=... is required")
  endif()
endforeach()
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()
foreach(list_var CMD ARGS STDOUT_HAS STDERR_HAS ONLY_FILES)
  if(DEFINED ${list_var})
    string(REPLACE "|" ";" ${list_var} "${${list_var}}")
  endif()
endforeach()

set(failures "")
macro(fail text)
  string(APPEND failures "  - ${text}\n")
endmacro()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(_scratch "${WORK_DIR}" DIRECTORY)
get_filename_component(_name "${WORK_DIR}" NAME)
set(stdout_file "${_scratch}/${_name}.stdout")
set(stderr_file "${_scratch}/${_name}.stderr")

execute_process(
  COMMAND ${CMD} ${ARGS}
  WORKING_DIRECTORY "${WORK_DIR}"
  OUTPUT_FILE "${stdout_file}"
  ERROR_FILE "${stderr_file}"
  RESULT_VARIABLE code)
file(READ "${stdout_file}" out)
file(READ "${stderr_file}" err)

string(REPLACE ";" " " shown_command "${CMD};${ARGS}")
message(STATUS "command: ${shown_command}")
message(STATUS "exit:    ${code}")

# Exit code.
if(NOT code MATCHES "^-?[0-9]+$")
  fail("did not run to an exit code: ${code}")
elseif(EXIT STREQUAL "nonzero")
  if(code EQUAL 0)
    fail("exit code 0, expected non-zero")
  endif()
elseif(NOT code EQUAL EXIT)
  fail("exit code ${code}, expected ${EXIT}")
endif()

## Compare ACTUAL (a file) with GOLDEN byte for byte, or refresh GOLDEN when asked to.
function(compare_with_golden actual golden what)
  if("$ENV{BAILIFF_UPDATE_GOLDEN}" STREQUAL "1")
    file(COPY_FILE "${actual}" "${golden}")
    message(STATUS "updated golden ${golden}")
    return()
  endif()
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${actual}" "${golden}"
                  RESULT_VARIABLE differs OUTPUT_QUIET ERROR_QUIET)
  if(differs)
    find_program(_diff diff)
    if(_diff)
      execute_process(COMMAND "${_diff}" -u "${golden}" "${actual}" OUTPUT_VARIABLE delta)
      string(SUBSTRING "${delta}" 0 4000 delta)
      message(STATUS "diff (golden -> actual):\n${delta}")
    endif()
    set(failures "${failures}  - ${what} differs from ${golden} (refresh with BAILIFF_UPDATE_GOLDEN=1 if the change is intended)\n" PARENT_SCOPE)
  endif()
endfunction()

if(DEFINED STDOUT_GOLDEN)
  compare_with_golden("${stdout_file}" "${STDOUT_GOLDEN}" "stdout")
endif()
if(STDOUT_EMPTY AND NOT out STREQUAL "")
  fail("stdout not empty")
endif()
if(STDERR_EMPTY AND NOT err STREQUAL "")
  fail("stderr not empty")
endif()
foreach(needle IN LISTS STDOUT_HAS)
  string(FIND "${out}" "${needle}" at)
  if(at EQUAL -1)
    fail("stdout lacks \"${needle}\"")
  endif()
endforeach()
foreach(needle IN LISTS STDERR_HAS)
  string(FIND "${err}" "${needle}" at)
  if(at EQUAL -1)
    fail("stderr lacks \"${needle}\"")
  endif()
endforeach()

if(DEFINED FILE)
  if(NOT EXISTS "${WORK_DIR}/${FILE}")
    fail("${FILE} was not written")
  elseif(DEFINED FILE_GOLDEN)
    compare_with_golden("${WORK_DIR}/${FILE}" "${FILE_GOLDEN}" "${FILE}")
  endif()
endif()
if(DEFINED NO_FILE AND EXISTS "${WORK_DIR}/${NO_FILE}")
  fail("${NO_FILE} exists, expected no file")
endif()
if(DEFINED ONLY_FILES)
  file(GLOB left RELATIVE "${WORK_DIR}" "${WORK_DIR}/*" "${WORK_DIR}/.*")
  list(SORT left)
  set(expected_left ${ONLY_FILES})
  list(SORT expected_left)
  if(NOT "${left}" STREQUAL "${expected_left}")
    fail("${WORK_DIR} holds [${left}], expected [${expected_left}]")
  endif()
endif()

if(failures)
  string(SUBSTRING "${out}" 0 2000 out_head)
  message(STATUS "stdout (start):\n${out_head}")
  message(STATUS "stderr:\n${err}")
  message(FATAL_ERROR "CLI test failed:\n${failures}")
endif()
