# Translations: lupdate scans the core, the widgets and the console's main; lrelease embeds the
# catalogues under :/i18n in the widgets library.
# `cmake --build build --target update_translations` refreshes translations/*.ts.

set(IWINV_TS_KO ${PROJECT_SOURCE_DIR}/translations/iwinv-console_ko.ts)
set(IWINV_TS_EN ${PROJECT_SOURCE_DIR}/translations/iwinv-console_en.ts)

set(IWINV_I18N_SOURCES ${PROJECT_SOURCE_DIR}/app/main.cpp)
foreach(target_dir IN ITEMS "iwinv_core;app" "iwinv_ui;ui")
    list(GET target_dir 0 target)
    list(GET target_dir 1 dir)
    get_target_property(sources ${target} SOURCES)
    foreach(source IN LISTS sources)
        if(source MATCHES "\\.(cpp|h|ui)$" AND NOT source MATCHES "^simulator/")
            list(APPEND IWINV_I18N_SOURCES ${PROJECT_SOURCE_DIR}/${dir}/${source})
        endif()
    endforeach()
endforeach()

# Korean: every string. English is the source language: only plural forms.
qt_add_lupdate(iwinv_ui TS_FILES ${IWINV_TS_KO} SOURCES ${IWINV_I18N_SOURCES}
    OPTIONS -no-obsolete -locations none)
qt_add_lupdate(iwinv-console TS_FILES ${IWINV_TS_EN} SOURCES ${IWINV_I18N_SOURCES}
    OPTIONS -no-obsolete -locations none -pluralonly)

qt_add_lrelease(iwinv_ui TS_FILES ${IWINV_TS_KO} ${IWINV_TS_EN}
    QM_FILES_OUTPUT_VARIABLE IWINV_QM_FILES OPTIONS -nounfinished)
qt_add_resources(iwinv_ui iwinv_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${IWINV_QM_FILES})

# The list the translation check test feeds to lupdate.
string(REPLACE ";" "\n" IWINV_I18N_LIST "${IWINV_I18N_SOURCES}")
file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/i18n-sources.lst CONTENT "${IWINV_I18N_LIST}\n")
