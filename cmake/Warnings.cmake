# Every target of ours compiles with the same strict warnings; ALERTDECK_WERROR turns them into errors.
option(ALERTDECK_WERROR "Treat warnings as errors" OFF)

function(alertdeck_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(ALERTDECK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()
