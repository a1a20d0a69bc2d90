#pragma once

#include "paapi/XmlRpc.h"
#include <QCoreApplication>

#include <QXmlStreamReader>

#include <functional>

namespace o365
{

// The reading half of XmlRpc: one <methodResponse> or <methodCall>, strictly (see XmlRpc.h).
// One reader per document.
class XmlRpcReader
{
    Q_DECLARE_TR_FUNCTIONS(o365::XmlRpcReader)
public:
    explicit XmlRpcReader(const QByteArray& xml);

    XmlRpc::Response readResponse();
    XmlRpc::Call readCall();

private:
    bool document(const QString& root, const std::function<bool()>& readRoot);
    QString name() const { return m_r.qualifiedName().toString(); }
    bool fail(const QString& message);
    bool next();
    bool children(const QString& parent, const std::function<bool(const QString&)>& onChild);
    bool text(const QString& element, QString* out);
    bool unknown(const QString& element, const QString& parent);

    bool methodCall(XmlRpc::Call& call);
    bool methodResponse(XmlRpc::Response& resp);
    bool params(XmlRpc::Response& resp);
    bool singleValue(const QString& element, QVariant* out);
    bool fault(XmlRpc::Response& resp);
    bool value(int depth, QVariant* out);
    bool typedValue(const QString& type, int depth, QVariant* out);
    bool structValue(int depth, QVariant* out);
    bool arrayValue(int depth, QVariant* out);

    QXmlStreamReader m_r;
    QString m_error; // the first reason the document is refused
};

} // namespace o365
