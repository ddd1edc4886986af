# Project-wide compiler flags, applied to our own targets through foothold_set_warnings().
add_library(foothold_warnings INTERFACE)
target_compile_options(foothold_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
if(FOOTHOLD_WERROR)
  target_compile_options(foothold_warnings INTERFACE -Werror)
endif()
if(FOOTHOLD_SANITIZE)
  # Global, so that every object and every executable (tests included) is instrumented alike.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
# Keep Qt's string conversions explicit: no accidental ASCII/Latin-1 casts.
target_compile_definitions(foothold_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Sources are collected per folder with CONFIGURE_DEPENDS globs: several people add files in
# parallel, and a glob keeps their merges free of conflicts in long source lists.
function(foothold_collect_sources out_var)
  set(result)
  foreach(dir IN LISTS ARGN)
    file(GLOB_RECURSE found CONFIGURE_DEPENDS
      "${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.h")
    list(APPEND result ${found})
  endforeach()
  set(${out_var} ${result} PARENT_SCOPE)
endfunction()
