# Compiler settings used by every bailiff target: warnings, the determinism flags
# (docs/architecture.md: -ffp-contract=off, never -ffast-math) and the sanitizers.

set(BAILIFF_DATA_DIR "${PROJECT_SOURCE_DIR}/data" CACHE INTERNAL "Shipped data folder")

# Debian's emcc runs its JS optimizer (node + acorn) when linking at -O2 and above and only
# finds acorn through NODE_PATH. The wasm preset sets it; this launcher also covers builds
# started without the preset (`cmake --build build/wasm`, emcmake).
if(EMSCRIPTEN AND NOT CMAKE_CXX_LINKER_LAUNCHER AND IS_DIRECTORY /usr/share/nodejs/acorn)
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs")
endif()

# C++ exceptions under Emscripten as WebAssembly's own exception handling, compiled and linked
# alike for every C++ target (googletest, the libraries, the page, the worker, the node
# executables). The JavaScript emulation (-fexceptions) routes every call that may unwind
# through a JavaScript trampoline (invoke_*): bench/README.md, "WASM exceptions", has the
# cost. Node 20 and Chromium run the native form.
set(BAILIFF_WASM_EXCEPTIONS -fwasm-exceptions)

## Apply the project's compile options to TARGET.
function(bailiff_target_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -ffp-contract=off)
  if(EMSCRIPTEN)
    target_compile_options(${target} PRIVATE ${BAILIFF_WASM_EXCEPTIONS})
  endif()
  if(BAILIFF_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined
                                             -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  elseif(BAILIFF_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

## Link options for an executable that runs under node (CLI, test binaries): real files
## through NODERAWFS, synchronous compilation (node 20's fetch breaks emcc 3.1.6 output),
## WebAssembly exceptions, growing memory, and the process's environment visible to getenv
## (cmake/node_environment.js). Debian's emscripten 3.1.6 calls the stack setting
## TOTAL_STACK (STACK_SIZE only exists from 3.1.25 on).
function(bailiff_node_executable target)
  if(EMSCRIPTEN)
    target_link_options(${target} PRIVATE ${BAILIFF_WASM_EXCEPTIONS} -sNODERAWFS=1 -sEXIT_RUNTIME=1
                        -sWASM_ASYNC_COMPILATION=0 -sALLOW_MEMORY_GROWTH=1
                        -sMAXIMUM_MEMORY=4GB -sTOTAL_STACK=5MB
                        "SHELL:--pre-js ${PROJECT_SOURCE_DIR}/cmake/node_environment.js")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS
                 ${PROJECT_SOURCE_DIR}/cmake/node_environment.js)
  endif()
endfunction()
