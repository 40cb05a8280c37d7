# Windows and macOS: Qt's deployment script copies the Qt libraries and plugins next to the program (windeployqt,
# macdeployqt), and CPack makes an NSIS installer or a disk image. NOT built or tested: the project is developed
# and checked on Debian only (README.md, "Packaging").
if(QT_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET heupwijzer OUTPUT_SCRIPT heupwijzer_deploy_script)
else()
    qt_generate_deploy_app_script(TARGET heupwijzer FILENAME_VARIABLE heupwijzer_deploy_script)
endif()
install(SCRIPT ${heupwijzer_deploy_script} COMPONENT heupwijzer)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME Heupwijzer)
    set(CPACK_NSIS_PACKAGE_NAME Heupwijzer)
    set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/heupwijzer.exe)
elseif(APPLE)
    set_target_properties(heupwijzer PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME Heupwijzer
        MACOSX_BUNDLE_GUI_IDENTIFIER ${HEUPWIJZER_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Heupwijzer)
endif()
