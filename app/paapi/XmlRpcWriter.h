#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QXmlStreamWriter>

namespace o365
{

// The writing half of XmlRpc: one document (a call, a response or a fault) from a QVariant
// tree, refusing what XML-RPC cannot carry (see XmlRpc.h). One writer per document.
class XmlRpcWriter
{
    Q_DECLARE_TR_FUNCTIONS(o365::XmlRpcWriter)
public:
    XmlRpcWriter();

    // The document, or empty with error() set when a value cannot be encoded.
    QByteArray methodCall(const QString& method, const QVariantList& params);
    QByteArray methodResponse(const QVariant& value);
    QByteArray fault(int code, const QString& message);
    QString error() const { return m_error; }

    // Whether every character of s is one XML 1.0 can carry.
    static bool isXmlText(const QString& s);

private:
    bool value(const QVariant& v, int depth);
    bool fail(const QString& message);

    QByteArray m_out;
    QXmlStreamWriter m_w; // writes into m_out
    QString m_error;
};

} // namespace o365
