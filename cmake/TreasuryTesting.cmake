# One test executable per test class, registered the same way everywhere.
#   td_add_test(NAME tst_money SOURCES tst_money.cpp LIBS td_models [LABELS gui] [TIMEOUT 120])
function(td_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test td_testsupport ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT}
        # The same language and number format on every machine: English, C conventions
        # (a test that wants German or Spanish asks for it).
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.network.ssl.warning=false;LC_ALL=C.UTF-8;LANGUAGE=")
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
