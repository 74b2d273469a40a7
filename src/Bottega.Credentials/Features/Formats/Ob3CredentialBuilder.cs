using System.Text.Json.Nodes;
using Bottega.Credentials.Domain;

namespace Bottega.Credentials.Features.Formats;

/// <summary>Builds the unsigned OpenBadgeCredential (Open Badges 3.0 on the W3C VC Data Model 2.0) of an issued credential.</summary>
internal sealed class Ob3CredentialBuilder(CredentialUrls urls)
{
    public const string VcContext = "https://www.w3.org/ns/credentials/v2";
    public const string ObContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    public JsonObject Build(Issuer issuer, string issuerDid, Achievement achievement, Credential credential, string? recipientIdentity)
    {
        var subject = new JsonObject { ["type"] = new JsonArray("AchievementSubject") };
        if (credential.RecipientKind == RecipientKind.Organization && recipientIdentity is not null)
        {
            subject["id"] = recipientIdentity;
        }
        else
        {
            subject["identifier"] = new JsonArray(new JsonObject
            {
                ["type"] = "IdentityObject",
                ["identityHash"] = credential.IdentityHash,
                ["identityType"] = "emailAddress",
                ["hashed"] = true,
                ["salt"] = credential.IdentitySalt,
            });
        }

        subject["achievement"] = AchievementDocument(issuer, issuerDid, achievement);
        var document = new JsonObject
        {
            ["@context"] = new JsonArray(VcContext, ObContext),
            ["id"] = urls.Ob3Credential(credential.PublicId),
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = achievement.Name,
            ["issuer"] = Profile(issuer, issuerDid),
            ["validFrom"] = Dates.Iso(credential.IssuedAt),
        };
        if (credential.ExpiresAt is { } expires)
        {
            document["validUntil"] = Dates.Iso(expires);
        }

        document["credentialSubject"] = subject;
        document["credentialStatus"] = new JsonObject
        {
            ["id"] = $"{urls.StatusList(issuer.Slug)}#{credential.StatusIndex}",
            ["type"] = "BitstringStatusListEntry",
            ["statusPurpose"] = "revocation",
            ["statusListIndex"] = credential.StatusIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["statusListCredential"] = urls.StatusList(issuer.Slug),
        };
        return document;
    }

    public static JsonObject Profile(Issuer issuer, string issuerDid)
    {
        var profile = new JsonObject { ["id"] = issuerDid, ["type"] = new JsonArray("Profile"), ["name"] = issuer.Name, ["url"] = issuer.Url };
        if (!string.IsNullOrEmpty(issuer.Email))
        {
            profile["email"] = issuer.Email;
        }

        if (!string.IsNullOrEmpty(issuer.Description))
        {
            profile["description"] = issuer.Description;
        }

        return profile;
    }

    public JsonObject AchievementDocument(Issuer issuer, string issuerDid, Achievement achievement)
    {
        var node = new JsonObject
        {
            ["id"] = urls.Ob3Achievement(achievement.Id),
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = achievement.Kind switch
            {
                AchievementKind.Path => "LearningProgram",
                AchievementKind.Competence => "Competency",
                AchievementKind.Award => "Award",
                AchievementKind.Community => "Badge",
                _ => "Course",
            },
            ["name"] = achievement.Name,
            ["description"] = achievement.Description,
            ["criteria"] = new JsonObject { ["narrative"] = achievement.Criteria },
            ["image"] = new JsonObject { ["id"] = urls.BadgeImage(achievement.Id), ["type"] = "Image", ["caption"] = achievement.Name },
            ["creator"] = Profile(issuer, issuerDid),
            ["inLanguage"] = "it",
        };
        if (achievement.Alignments.Count > 0)
        {
            node["alignment"] = new JsonArray([.. achievement.Alignments.OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => (JsonNode)Alignment(a))]);
        }

        return node;
    }

    private JsonObject Alignment(AchievementAlignment alignment)
    {
        var node = new JsonObject
        {
            ["type"] = new JsonArray("Alignment"),
            ["targetName"] = alignment.Name,
            ["targetUrl"] = urls.Competence(alignment.CompetenceId),
            ["targetFramework"] = alignment.Framework,
            ["targetCode"] = alignment.Code,
        };
        if (!string.IsNullOrEmpty(alignment.Description))
        {
            node["targetDescription"] = alignment.Description;
        }

        return node;
    }
}
