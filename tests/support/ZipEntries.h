#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// A zip's entries by name (a support bundle read back or written anew by a test); empty when the
// file is not a zip.
QMap<QString, QByteArray> unzipEntries(const QString& path);
bool writeZipEntries(const QString& path, const QMap<QString, QByteArray>& entries);
