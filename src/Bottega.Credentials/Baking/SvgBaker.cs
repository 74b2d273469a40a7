using System.Xml.Linq;

namespace Bottega.Credentials.Baking;

/// <summary>
/// Bakes Open Badges into SVG images as the first child of the root: 2.0 <c>&lt;openbadges:assertion verify="…"&gt;</c>
/// (namespace http://openbadges.org) with the assertion JSON in CDATA; 3.0 <c>&lt;openbadges:credential&gt;</c>
/// (namespace https://purl.imsglobal.org/ob/v3p0) with the credential JSON in CDATA or, for a VC-JWT, the compact JWS
/// in its <c>verify</c> attribute. An element already baked of the same kind is replaced.
/// </summary>
internal static class SvgBaker
{
    private static readonly XName Assertion = XName.Get("assertion", BakedKeywords.AssertionNamespace);
    private static readonly XName Credential = XName.Get("credential", BakedKeywords.CredentialNamespace);

    /// <summary>
    /// Open Badges 2.0: <paramref name="verify"/> is the hosted assertion's URL (then <paramref name="assertionJson"/>
    /// is its JSON) or the signed assertion's JWS (then <paramref name="assertionJson"/> is null).
    /// </summary>
    public static BakeResult BakeAssertion(byte[] svg, string verify, string? assertionJson) =>
        Bake(svg, Assertion, verify, assertionJson);

    /// <summary>Open Badges 3.0: <paramref name="credential"/> is the credential's JSON or the compact JWS of its VC-JWT.</summary>
    public static BakeResult BakeCredential(byte[] svg, string credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return CompactJws.Looks(credential) ? Bake(svg, Credential, credential, null) : Bake(svg, Credential, null, credential);
    }

    /// <summary>Open Badges 2.0: the CDATA JSON when present, else the <c>verify</c> value; <c>Verify</c> always set.</summary>
    public static BakedPayload ReadAssertion(byte[] svg) => Read(svg, Assertion);

    /// <summary>Open Badges 3.0: the credential JSON, or the compact JWS from the <c>verify</c> attribute.</summary>
    public static BakedPayload ReadCredential(byte[] svg) => Read(svg, Credential);

    private static BakeResult Bake(byte[] svg, XName name, string? verify, string? body)
    {
        ArgumentNullException.ThrowIfNull(svg);
        if (string.IsNullOrWhiteSpace(verify) && string.IsNullOrWhiteSpace(body))
        {
            return BakeResult.Refused(BakingFailures.PayloadEmpty);
        }

        if ((verify?.Length ?? 0) + (body?.Length ?? 0) > BakingLimits.MaxPayloadBytes)
        {
            return BakeResult.Refused(BakingFailures.PayloadTooLarge);
        }

        var document = SafeSvg.Load(svg, BakingLimits.MaxImageBytes, out var failure);
        if (document is null)
        {
            return BakeResult.Refused(failure!);
        }

        var root = document.Root!;
        root.Descendants(name).ToList().ForEach(e => e.Remove());
        var element = new XElement(name);
        var prefix = XNamespace.Xmlns + "openbadges";
        var bound = root.Attribute(prefix)?.Value;
        if (bound is null)
        {
            root.SetAttributeValue(prefix, name.NamespaceName);
        }
        else if (bound != name.NamespaceName)
        {
            element.SetAttributeValue(prefix, name.NamespaceName);
        }

        if (!string.IsNullOrWhiteSpace(verify))
        {
            element.SetAttributeValue("verify", verify);
        }

        if (!string.IsNullOrWhiteSpace(body))
        {
            // XmlWriter splits a "]]>" inside the text across two CDATA sections; reading joins them back.
            element.Add(new XCData(body));
        }

        root.AddFirst(element);
        var baked = SafeSvg.Save(document);
        return baked.Length > BakingLimits.MaxImageBytes ? BakeResult.Refused(BakingFailures.TooLarge) : BakeResult.Baked(baked);
    }

    private static BakedPayload Read(byte[] svg, XName name)
    {
        var document = SafeSvg.Load(svg, BakingLimits.MaxImageBytes, out var failure);
        if (document is null)
        {
            return BakedPayload.Invalid(failure!);
        }

        var found = document.Root!.Descendants(name).Take(2).ToList();
        if (found.Count == 0)
        {
            return BakedPayload.Absent(BakingFailures.NoChunk);
        }

        if (found.Count > 1)
        {
            return BakedPayload.Invalid(BakingFailures.DuplicateElement);
        }

        var verify = found[0].Attribute("verify")?.Value.Trim();
        var body = string.Concat(found[0].Nodes().OfType<XText>().Select(t => t.Value)).Trim();
        var payload = body.Length > 0 ? body : verify;
        if (string.IsNullOrEmpty(payload))
        {
            return BakedPayload.Invalid(BakingFailures.EmptyElement);
        }

        return payload.Length > BakingLimits.MaxPayloadBytes
            ? BakedPayload.Invalid(BakingFailures.PayloadTooLarge)
            : BakedPayload.Found(payload, string.IsNullOrEmpty(verify) ? null : verify);
    }
}
