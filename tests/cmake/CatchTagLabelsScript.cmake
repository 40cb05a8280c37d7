# Run by catch_tags_as_labels() after each build (cmake -P): writes set_tests_properties(... LABELS ...) for
# every test case of TEST_EXECUTABLE that carries one of TAGS (comma-separated, without brackets).

string(REPLACE "," ";" tags "${TAGS}")
set(script "")
set(labelled_tests "")

foreach(tag IN LISTS tags)
    execute_process(
        COMMAND "${TEST_EXECUTABLE}" "[${tag}]" --list-test-names-only
        OUTPUT_VARIABLE names
        RESULT_VARIABLE result)
    # Catch2 v2 exits with the number of listed tests: negative or non-numeric means the program failed.
    if(NOT result MATCHES "^[0-9]+$")
        message(FATAL_ERROR "${TEST_EXECUTABLE} \"[${tag}]\" --list-test-names-only failed: ${result}")
    endif()
    string(REPLACE "\n" ";" names "${names}")
    foreach(name IN LISTS names)
        if(name STREQUAL "")
            continue()
        endif()
        string(SHA1 key "${name}")
        if(NOT DEFINED labels_${key})
            list(APPEND labelled_tests "${key}")
            set(name_${key} "${name}")
        endif()
        list(APPEND labels_${key} "${tag}")
    endforeach()
endforeach()

foreach(key IN LISTS labelled_tests)
    # A quoted "a;b" is one argument holding the list a;b: the test gets both labels.
    string(APPEND script "set_tests_properties([==[${name_${key}}]==] PROPERTIES LABELS \"${labels_${key}}\")\n")
endforeach()
file(WRITE "${LABELS_FILE}" "${script}")
