// bailiff: simulate and audit the automated enforcement of administrative fines.

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <sstream>
#include <string>

#include "bailiff/error.hpp"
#include "bailiff/iin.hpp"
#include "bailiff/sim/files.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "processes.hpp"

namespace {

/// The one line a failed command prints: control bytes escaped and digits that may be an
/// IIN not shown, whatever the message echoes (a file name, --case, --region).
std::string error_line(const std::exception& e) {
  return "bailiff: error: " + bailiff::escape_control_bytes(bailiff::hide_iins(e.what())) + "\n";
}

/// Status of a command line refused by CLI11 (an unknown option, a value out of range): a
/// bad input, like every other (2).
constexpr int kBadCommandLine = 2;

}  // namespace

int main(int argc, char** argv) {
  const bailiff::cli::ProcessGroup processes(argc, argv);
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
  bailiff::cli::register_sweep(app);
  bailiff::cli::register_sensitivity(app);
  bailiff::cli::register_keygen(app);
  bailiff::cli::register_verify(app);
  bailiff::cli::register_receipt(app);
  bailiff::cli::register_verify_receipt(app);
  bailiff::cli::register_export_jsonl(app);
  bailiff::cli::register_explain(app);
  bailiff::cli::register_diff(app);
  bailiff::cli::register_check_records(app);
  bailiff::cli::register_record_log(app);
  bailiff::cli::share_only(app, {"simulate", "compare", "calibrate"});
  // Before any command runs: no output over another output or over an input.
  app.parse_complete_callback([&app] {
    for (const CLI::App* cmd : app.get_subcommands()) bailiff::cli::check_outputs(*cmd);
  });
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0) {  // not --help or --version: an error, in the one form
      return bailiff::cli::finish_command(
          kBadCommandLine,
          error_line(e) + "Run 'bailiff " + (app.get_subcommands().empty()
                                                 ? std::string()
                                                 : app.get_subcommands().front()->get_name() + " ") +
              "--help' for more information.\n");
    }
    std::ostringstream out, err;
    const int status = app.exit(e, out, err);
    if (bailiff::cli::writes_outputs()) std::cout << out.str() << std::flush;
    return bailiff::cli::finish_command(status, err.str());
  } catch (const bailiff::cli::CommandEnded& ended) {
    return ended.status;
  } catch (const bailiff::cli::NotChecked& e) {
    return bailiff::cli::finish_command(bailiff::cli::kNotCheckedStatus, error_line(e));
  } catch (const bailiff::InputError& e) {
    return bailiff::cli::finish_command(2, error_line(e));
  } catch (const std::exception& e) {
    return bailiff::cli::finish_command(1, error_line(e));
  }
  return bailiff::cli::finish_command(0, {});
}
