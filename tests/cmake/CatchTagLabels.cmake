# Catch2 v2's catch_discover_tests() registers every test case with CTest but drops its tags. This turns the
# capability tags into CTest labels, so one capability runs on its own: `ctest --preset debug -L search`.
#
# catch_tags_as_labels(<target> TAGS store markdown ...) must follow catch_discover_tests(<target>): after
# every build it asks the test program which cases carry each tag (`<exe> "[tag]" --list-test-names-only`,
# which never wraps long names) and labels those tests.

set(_CATCH_TAG_LABELS_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/CatchTagLabelsScript.cmake)

function(catch_tags_as_labels target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "TAGS")
    if(NOT arg_TAGS)
        message(FATAL_ERROR "catch_tags_as_labels(${target}): no TAGS given")
    endif()
    set(labels_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_labels.cmake")
    set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${target}_labels_include.cmake")
    string(REPLACE ";" "," tag_list "${arg_TAGS}")
    add_custom_command(TARGET ${target} POST_BUILD
        BYPRODUCTS "${labels_file}"
        COMMAND "${CMAKE_COMMAND}"
                -D "TEST_EXECUTABLE=$<TARGET_FILE:${target}>"
                -D "TAGS=${tag_list}"
                -D "LABELS_FILE=${labels_file}"
                -P "${_CATCH_TAG_LABELS_SCRIPT}"
        VERBATIM)
    # Included after catch_discover_tests' own file (same directory, appended later), so the tests exist.
    file(WRITE "${include_file}" "if(EXISTS \"${labels_file}\")\n  include(\"${labels_file}\")\nendif()\n")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
