#pragma once

#include "core/content/contentcompiler.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace heupwijzer::contentc {

// The options `build` and `check` share: --min-flesch N.
void addCompileOptions(QCommandLineParser &parser);
// nullopt (with a message on `err`) when an option value is not usable.
std::optional<core::content::CompileOptions> compileOptions(const QCommandLineParser &parser, QTextStream &err);

// Prints every diagnostic in file order, then one summary line; returns the number of errors.
int reportDiagnostics(const core::content::Diagnostics &diagnostics, QTextStream &err);

// Parses `arguments` (without the program and subcommand) and checks the number of positional arguments.
// Returns the exit code when the command should stop here: 0 after --help, 2 after a usage error.
std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                qsizetype positional, QTextStream &out, QTextStream &err);

} // namespace heupwijzer::contentc
