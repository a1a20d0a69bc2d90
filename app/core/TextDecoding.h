#pragma once

#include <QByteArray>
#include <QString>

namespace o365
{

// The text of a file saved on Windows: UTF-16 LE or BE by its BOM (what Out-File and > write in
// Windows PowerShell 5.1, and Notepad's "Unicode"), UTF-8 with or without a BOM otherwise.
QString decodeText(const QByteArray& bytes);

} // namespace o365
