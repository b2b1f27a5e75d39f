# The automatic layout (included by diagram/CMakeLists.txt).
#
# tthc_graphviz: the layout engine, the only code that links Graphviz (libgvc/libcgraph). It
#   is used by the tthc-layout worker, the layout tests and the benchmark — never by the
#   editor, so that a Graphviz crash or hang cannot take the editor down.
# tthc_diagram gets the client that runs the worker (Qt Core only, no Graphviz).
# tthc-layout: the worker, built next to tthc-studio (build/app) where the client looks for it,
#   installed to <libexecdir>/tthc-studio/.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libgvc)

qt_add_library(tthc_graphviz STATIC
    ${CMAKE_CURRENT_SOURCE_DIR}/layout.h
    ${CMAKE_CURRENT_SOURCE_DIR}/layout.cpp
)
target_include_directories(tthc_graphviz PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(tthc_graphviz PUBLIC tthc_model Qt6::Core PRIVATE PkgConfig::GVC)
tthc_warnings(tthc_graphviz)

target_sources(tthc_diagram PRIVATE
    ${CMAKE_CURRENT_SOURCE_DIR}/layout.h
    ${CMAKE_CURRENT_SOURCE_DIR}/layoutclient.h
    ${CMAKE_CURRENT_SOURCE_DIR}/layoutclient.cpp
)

qt_add_executable(tthc-layout ${CMAKE_CURRENT_SOURCE_DIR}/layoutworker/main.cpp)
target_link_libraries(tthc-layout PRIVATE tthc_graphviz tthc_model Qt6::Core)
set_target_properties(tthc-layout PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/app)
tthc_warnings(tthc-layout)
# Installed as a private helper, not on PATH; LayoutClient looks for it beside tthc-studio
# (a build tree) and then in TTHC_WORKER_RELDIR from it (an installed or unpacked package).
install(TARGETS tthc-layout RUNTIME DESTINATION "${TTHC_LIBEXEC_SUBDIR}")
target_compile_definitions(tthc_diagram PRIVATE TTHC_WORKER_RELDIR="${TTHC_WORKER_RELDIR}")
# Whatever links tthc_diagram (tthc-studio, its tests) gets the worker built too. The
# dependency only orders the build: nothing of the worker is linked.
add_dependencies(tthc_diagram tthc-layout)
