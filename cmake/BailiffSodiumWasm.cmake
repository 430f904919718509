# libsodium for the WebAssembly build: Debian's source package (cmake/fetch_libsodium.sh,
# fetched at configure time into the build tree, never committed) compiled with emcc as a
# static library: the portable C implementations (no assembly; SIMD paths compile out), with
# the definitions libsodium's own configure gives an Emscripten build. randombytes uses the
# JavaScript host's crypto (node's crypto module, the browser's getRandomValues).

set(BAILIFF_SODIUM_DIR "${CMAKE_BINARY_DIR}/third_party/libsodium" CACHE PATH
    "libsodium 1.0.18 C sources (filled by cmake/fetch_libsodium.sh)")
if(NOT EXISTS "${BAILIFF_SODIUM_DIR}/crypto_sign/ed25519/ref10/sign.c")
  message(STATUS "libsodium: fetching Debian's source package (cmake/fetch_libsodium.sh)")
  execute_process(COMMAND sh "${PROJECT_SOURCE_DIR}/cmake/fetch_libsodium.sh" "${CMAKE_BINARY_DIR}"
                  RESULT_VARIABLE _sodium_fetch)
  if(NOT _sodium_fetch EQUAL 0)
    message(FATAL_ERROR "libsodium sources missing: run cmake/fetch_libsodium.sh ${CMAKE_BINARY_DIR} "
                        "(needs dpkg-dev and the Debian mirror)")
  endif()
endif()

enable_language(C)
file(GLOB_RECURSE _sodium_sources CONFIGURE_DEPENDS "${BAILIFF_SODIUM_DIR}/*.c")
add_library(bailiff_sodium STATIC ${_sodium_sources})
target_include_directories(bailiff_sodium SYSTEM PUBLIC "${BAILIFF_SODIUM_DIR}/include")
target_include_directories(bailiff_sodium PRIVATE "${BAILIFF_SODIUM_DIR}/include/sodium")
target_compile_definitions(bailiff_sodium PRIVATE CONFIGURED=1 NATIVE_LITTLE_ENDIAN=1)
target_compile_options(bailiff_sodium PRIVATE -O2 -w)
