// The module is built without exceptions (-fno-exceptions, CMakeLists.txt),
// but core/annotate.cpp keeps its try block for the native build, so its copy
// of libc++'s length-error path may still throw. In the module nothing
// catches a C++ exception, and a throw that reaches JavaScript is handled
// like any failed call (the facade drops the module), so the throw aborts
// here instead: the glue then carries no exception runtime of its own.
#include <cstddef>
#include <cstdlib>

extern "C" {

void* __cxa_allocate_exception(size_t) { abort(); }

[[noreturn]] void __cxa_throw(void*, void*, void (*)(void*)) { abort(); }

}  // extern "C"
