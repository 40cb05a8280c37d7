# Debian package: desktop integration (desktop file, AppStream metainfo, hicolor icons), manual page and the
# Debian documentation files, all in component "heupwijzer". packaging/check-deb.sh builds and checks it.
set(heupwijzer_linux_dir ${CMAKE_CURRENT_LIST_DIR})
set(heupwijzer_generated_dir ${CMAKE_CURRENT_BINARY_DIR}/generated)
set(heupwijzer_docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/heupwijzer)
set(heupwijzer_icon_svg ${PROJECT_SOURCE_DIR}/packaging/icons/${HEUPWIJZER_APP_ID}.svg)

# Debian wants manual pages and changelogs compressed, reproducibly: -n leaves out the name and time stamp.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(heupwijzer_gzipped)
foreach(source IN ITEMS heupwijzer.1 changelog)
    set(copy ${heupwijzer_generated_dir}/${source})
    add_custom_command(OUTPUT ${copy}.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${heupwijzer_linux_dir}/${source} ${copy}
        COMMAND ${GZIP_EXECUTABLE} -9nf ${copy}
        DEPENDS ${heupwijzer_linux_dir}/${source}
        COMMENT "Compressing ${source}")
    list(APPEND heupwijzer_gzipped ${copy}.gz)
endforeach()

# PNG icons for desktops and software centres that do not draw SVG, rendered from the one SVG master.
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
set(heupwijzer_icon_pngs)
if(RSVG_CONVERT_EXECUTABLE)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
        set(png_dir ${heupwijzer_generated_dir}/icons/${size}x${size}/apps)
        set(png ${png_dir}/${HEUPWIJZER_APP_ID}.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${png_dir}
            COMMAND ${RSVG_CONVERT_EXECUTABLE} --width ${size} --height ${size} --output ${png} ${heupwijzer_icon_svg}
            DEPENDS ${heupwijzer_icon_svg}
            COMMENT "Rendering the ${size} px icon")
        list(APPEND heupwijzer_icon_pngs ${png})
        install(FILES ${png}
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps COMPONENT heupwijzer)
    endforeach()
else()
    message(WARNING "rsvg-convert (librsvg2-bin) not found: the package gets the SVG icon only")
endif()

# Part of "all" because cpack only runs the install rules, it builds nothing itself.
add_custom_target(heupwijzer_package_data ALL DEPENDS ${heupwijzer_gzipped} ${heupwijzer_icon_pngs})

install(FILES ${heupwijzer_linux_dir}/${HEUPWIJZER_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT heupwijzer)
install(FILES ${heupwijzer_linux_dir}/${HEUPWIJZER_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT heupwijzer)
install(FILES ${heupwijzer_icon_svg}
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps COMPONENT heupwijzer)
install(FILES ${heupwijzer_generated_dir}/heupwijzer.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT heupwijzer)
install(FILES ${heupwijzer_linux_dir}/copyright ${heupwijzer_generated_dir}/changelog.gz
    DESTINATION ${heupwijzer_docdir} COMPONENT heupwijzer)
# Each override says why the tag does not apply; lintian reads them from here.
install(FILES ${heupwijzer_linux_dir}/lintian-overrides RENAME heupwijzer
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides COMPONENT heupwijzer)

# Strip as Debian's dh_strip does, when stripping is asked for (cpack does, by CPACK_STRIP_FILES): a plain
# strip leaves the compiler's .comment and .note sections in.
install(CODE "set(heupwijzer_installed_binary \"${CMAKE_INSTALL_BINDIR}/heupwijzer\")
set(heupwijzer_strip \"${CMAKE_STRIP}\")" COMPONENT heupwijzer)
install(CODE [[
    if(CMAKE_INSTALL_DO_STRIP)
        execute_process(COMMAND "${heupwijzer_strip}" --remove-section=.comment --remove-section=.note
            --strip-unneeded "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${heupwijzer_installed_binary}"
            COMMAND_ERROR_IS_FATAL ANY)
    endif()
]] COMPONENT heupwijzer)

set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [[
Heupwijzer is a reader of curated patient information, in plain Dutch (B1),
about iliopsoas syndrome, hip pain and groin complaints. It has large print,
search in everyday words, a glossary, exercises with pictures, read-aloud,
printable exercise handouts for the physiotherapist, and a practice mode for
a shared computer that keeps no trace of the previous patient.
.
It never uses the network: no account, no telemetry, no update check.]])
# dpkg-shlibdeps finds the libraries the binary links; the rest is loaded as Qt plugins at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-speech-speechd-plugin, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "speech-dispatcher-espeak-ng")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Otherwise the directories in the package get the permissions the umask of the build gives them.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
