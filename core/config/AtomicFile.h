#pragma once

#include <QByteArray>
#include <QString>

namespace alertdeck::config {

// Replaces the file at `path` with `data` so that a reader (or a crash) sees either the old file
// whole or the new one whole, never a mix: QSaveFile writes beside it and renames on commit.
// Creates missing parent directories. On failure *error names the path and the reason.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace alertdeck::config
