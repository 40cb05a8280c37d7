# Every dependency comes from a Debian 12 package; packaging/setup-debian.sh installs them.

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Svg PrintSupport TextToSpeech LinguistTools)
qt_standard_project_setup()

find_package(SQLite3 3.40 REQUIRED)
# Qt draws with it anyway; Heupwijzer starts it early, on a second core (ui/fontwarmup.h).
find_package(Fontconfig REQUIRED)
find_package(yaml-cpp 0.7 REQUIRED)

# cmark-gfm ships no CMake config on Debian; its pkg-config file covers the extensions library too.
find_package(PkgConfig REQUIRED)
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)

# libstemmer ships neither a CMake config nor a pkg-config file.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
add_library(Stemmer::Stemmer UNKNOWN IMPORTED)
set_target_properties(Stemmer::Stemmer PROPERTIES
    IMPORTED_LOCATION "${STEMMER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${STEMMER_INCLUDE_DIR}")

# Compiler settings shared by every target of the project, applied per target (no directory-wide flags).
add_library(heupwijzer_options INTERFACE)
target_compile_options(heupwijzer_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast>)
target_compile_definitions(heupwijzer_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    HEUPWIJZER_VERSION="${PROJECT_VERSION}")

# Hardening, as Debian's dpkg-buildflags would set it (lintian checks the packaged binary for it).
# _FORTIFY_SOURCE only acts with optimisation (glibc warns, and so fails the build, without it) and is left off
# under the sanitizers, which intercept the same functions. -U first: an inherited different level would clash.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()
set(heupwijzer_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
if(NOT CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    target_compile_options(heupwijzer_options INTERFACE
        "$<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,${heupwijzer_optimised}>:-U_FORTIFY_SOURCE>"
        "$<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,${heupwijzer_optimised}>:-D_FORTIFY_SOURCE=2>")
endif()
target_compile_options(heupwijzer_options INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang>:-fstack-protector-strong>)
target_link_options(heupwijzer_options INTERFACE $<$<PLATFORM_ID:Linux>:LINKER:-z,relro,-z,now>)
