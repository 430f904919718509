# Third-party libraries from Debian's packages as INTERFACE targets that work both
# natively and under Emscripten. Never put /usr/include on an emcc command line: glibc's
# headers would shadow the WASM libc; instead, each header-only library is exposed through
# a private include folder in the build tree holding a symlink to its Debian folder.

set(_bailiff_shim "${CMAKE_BINARY_DIR}/third_party_include")
file(MAKE_DIRECTORY "${_bailiff_shim}")

## Make <NAME/...> from /usr/include/NAME visible through the private include folder.
function(bailiff_link_header_dir name source)
  if(NOT EXISTS "${source}")
    message(FATAL_ERROR "${source} is missing: run .ci/setup.sh to install the Debian packages")
  endif()
  file(CREATE_LINK "${source}" "${_bailiff_shim}/${name}" SYMBOLIC)
endfunction()

bailiff_link_header_dir(nlohmann /usr/include/nlohmann)
bailiff_link_header_dir(CLI /usr/include/CLI)
bailiff_link_header_dir(fmt /usr/include/fmt)
bailiff_link_header_dir(Eigen /usr/include/eigen3/Eigen)

add_library(bailiff_third_party_headers INTERFACE)
target_include_directories(bailiff_third_party_headers SYSTEM INTERFACE "${_bailiff_shim}")

add_library(bailiff::json ALIAS bailiff_third_party_headers)
add_library(bailiff::cli11 ALIAS bailiff_third_party_headers)
add_library(bailiff::eigen ALIAS bailiff_third_party_headers)

# fmt: header-only under Emscripten, Debian's shared library natively.
add_library(bailiff_fmt INTERFACE)
target_link_libraries(bailiff_fmt INTERFACE bailiff_third_party_headers)
if(EMSCRIPTEN)
  target_compile_definitions(bailiff_fmt INTERFACE FMT_HEADER_ONLY=1)
else()
  find_package(fmt REQUIRED)
  target_link_libraries(bailiff_fmt INTERFACE fmt::fmt)
endif()
add_library(bailiff::fmt ALIAS bailiff_fmt)

if(BAILIFF_TESTS)
  if(EMSCRIPTEN)
    set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    add_subdirectory(/usr/src/googletest "${CMAKE_BINARY_DIR}/googletest" EXCLUDE_FROM_ALL)
    foreach(t gtest gtest_main gmock)
      target_compile_options(${t} PRIVATE ${BAILIFF_WASM_EXCEPTIONS})
    endforeach()
    # googletest >= 1.11 defines the GTest:: aliases itself; older trees do not.
    if(NOT TARGET GTest::gtest_main)
      add_library(GTest::gtest_main ALIAS gtest_main)
      add_library(GTest::gtest ALIAS gtest)
    endif()
  else()
    find_package(GTest REQUIRED)
  endif()
  include(GoogleTest)
endif()

# libsodium (Ed25519 signatures, audit/src/signature.cpp): Debian's libsodium-dev natively;
# under Emscripten the library compiled from Debian's source package (cmake/BailiffSodiumWasm.cmake).
if(EMSCRIPTEN)
  include(BailiffSodiumWasm)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
  add_library(bailiff_sodium INTERFACE)
  target_link_libraries(bailiff_sodium INTERFACE PkgConfig::SODIUM)
endif()
add_library(bailiff::sodium ALIAS bailiff_sodium)
