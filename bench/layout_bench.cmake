# Auto-layout benchmark (included by bench/CMakeLists.txt): build/bench/bench_layout
qt_add_executable(bench_layout bench_layout.cpp)
target_link_libraries(bench_layout PRIVATE tthc_graphviz tthc_diagram)
add_dependencies(bench_layout tthc-layout)
target_compile_definitions(bench_layout PRIVATE TTHC_LAYOUT_WORKER="$<TARGET_FILE:tthc-layout>")
tthc_warnings(bench_layout)
