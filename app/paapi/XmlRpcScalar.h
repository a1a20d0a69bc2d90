#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace o365
{

// The text inside XML-RPC's scalar elements (<string>, <i4>/<int>, <boolean>, <double>,
// <base64>, <dateTime.iso8601>) read as a value: the leaves of XmlRpcReader.
class XmlRpcScalar
{
    Q_DECLARE_TR_FUNCTIONS(o365::XmlRpcScalar)
public:
    // dateTime.iso8601 as the spec writes it: 19980717T14:08:55 (no zone).
    static constexpr const char* DateTimeFormat = "yyyyMMdd'T'HH:mm:ss";

    static bool isScalarType(const QString& element);
    // The value of a scalar element's text; false, with *error set, when the text is not one of that type.
    static bool read(const QString& type, const QString& text, QVariant* out, QString* error);
};

} // namespace o365
