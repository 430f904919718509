// bailiff: simulate and audit the automated enforcement of administrative fines.

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "bailiff/error.hpp"
#include "bailiff/sim/files.hpp"
#include "commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{
      "robot-bailiff: decide, simulate and audit the automated enforcement of administrative "
      "fines (Kazakhstan's robot bailiff). Money is printed in tenge (₸), dates as YYYY-MM-DD.",
      "bailiff"};
  bailiff::sim::remove_partial_output_on_signals();
  app.require_subcommand(1);
  app.set_version_flag("--version", "bailiff 0.1.0 (robot-bailiff-engine/1)");
  bailiff::cli::register_decide(app);
  bailiff::cli::register_simulate(app);
  bailiff::cli::register_compare(app);
  bailiff::cli::register_calibrate(app);
  bailiff::cli::register_keygen(app);
  bailiff::cli::register_verify(app);
  bailiff::cli::register_receipt(app);
  bailiff::cli::register_verify_receipt(app);
  bailiff::cli::register_export_jsonl(app);
  bailiff::cli::register_explain(app);
  bailiff::cli::register_diff(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const bailiff::InputError& e) {
    std::fprintf(stderr, "bailiff: error: %s\n", bailiff::escape_control_bytes(e.what()).c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bailiff: error: %s\n", bailiff::escape_control_bytes(e.what()).c_str());
    return 1;
  }
  return 0;
}
