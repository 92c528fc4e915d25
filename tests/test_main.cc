// The one Catch2 test binary's entry point; tests live beside it in folders
// that mirror src/.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
