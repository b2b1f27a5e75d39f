# Layout engine tests (included by tests/CMakeLists.txt). tst_layout runs the engine in
# process (tthc_graphviz) and through the client (tthc_diagram), which starts the real worker.
tthc_test(tst_layout SOURCES diagram/tst_layout.cpp fixtures.h LIBS tthc_graphviz tthc_diagram)
add_dependencies(tst_layout tthc-layout)
target_compile_definitions(tst_layout PRIVATE TTHC_LAYOUT_WORKER="$<TARGET_FILE:tthc-layout>")
