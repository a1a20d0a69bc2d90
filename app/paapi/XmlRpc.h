#pragma once

#include <QCoreApplication>
#include <QVariant>

namespace o365
{

// A small, strict XML-RPC codec (http://xmlrpc.com/spec.md) on QXmlStreamWriter/Reader.
//
// Values are a QVariant tree:
//   struct            <-> QVariantMap (QVariantHash is accepted when encoding)
//   array             <-> QVariantList (QStringList is accepted when encoding)
//   string            <-> QString (a <value> with text and no type element is a string, per the spec)
//   i4 / int          <-> int (32 bits; a qint64 / uint that fits is accepted when encoding)
//   boolean           <-> bool ("0" or "1" only)
//   double            <-> double (finite only)
//   base64            <-> QByteArray
//   dateTime.iso8601  <-> QDateTime ("19980717T14:08:55"; the wall time as written, no zone)
//   nil               <-> a null QVariant (QVariant() or std::nullptr_t)
//
// Decoding is strict: an unknown element is an error that names it; a DOCTYPE, or any entity
// reference other than the five predefined ones, is refused (nothing is ever expanded); a
// reply larger than MaxReplyBytes or nested deeper than MaxDepth values is refused.
//
// Callers use this class; XmlRpcWriter writes the documents, XmlRpcReader reads them (XmlRpcScalar
// the text of their leaves).
class XmlRpc
{
    Q_DECLARE_TR_FUNCTIONS(o365::XmlRpc)
public:
    static constexpr qint64 MaxReplyBytes = 8 * 1024 * 1024;
    static constexpr int MaxDepth = 64;

    struct Response {
        bool valid = false;   // false: error says why the document was refused
        QString error;        // for an invalid document
        bool isFault = false; // a <fault>: faultCode / faultString
        int faultCode = 0;
        QString faultString;
        QVariant value; // the single <param>'s value
    };

    // <methodCall> with one <param> per element of params. Empty, with *error set, when a
    // value cannot be encoded (an unsupported type, a non-finite double, an int out of range).
    static QByteArray encodeCall(const QString& method, const QVariantList& params, QString* error = nullptr);
    // <methodResponse> with one param, or with a fault: for tests and fake peers.
    static QByteArray encodeResponse(const QVariant& value, QString* error = nullptr);
    static QByteArray encodeFault(int code, const QString& message);

    static Response decodeResponse(const QByteArray& xml);

    // A <methodCall>, as a server reads it (the training lab's PA API), with the same strictness.
    struct Call {
        bool valid = false;
        QString error;
        QString method;
        QVariantList params;
    };
    static Call decodeCall(const QByteArray& xml);

    // A one-line description of a value for messages and evidence (type names, truncated).
    static QString describe(const QVariant& value, int maxChars = 200);
};

} // namespace o365
