namespace Bottega.Community.Features.Reputation;

/// <summary>A badge of the community, issued through the credentials module when its threshold is reached.</summary>
internal sealed record CommunityBadge(string Key, string Name, string Description, string Criteria);

/// <summary>
/// The community badges and their thresholds, counted from the community's own rows (visible content only):
/// <list type="bullet">
/// <item>"Prima domanda": one question of theirs is visible.</item>
/// <item>"Prima risposta": one answer of theirs (a reply to a question) is visible.</item>
/// <item>"Collega prezioso": <see cref="HelpfulAcceptedAnswers"/> accepted answers, or <see cref="HelpfulUpvotes"/> upvotes
/// received from other people on their visible posts (checked when they publish an answer or an answer of theirs is accepted).</item>
/// </list>
/// </summary>
internal static class CommunityBadges
{
    public const int HelpfulAcceptedAnswers = 5;
    public const int HelpfulUpvotes = 10;

    public static readonly CommunityBadge FirstQuestion = new("prima-domanda", "Prima domanda",
        "Ha posto la sua prima domanda alla comunità della rete.", "Pubblicare una domanda nella comunità della rete.");

    public static readonly CommunityBadge FirstAnswer = new("prima-risposta", "Prima risposta",
        "Ha risposto per la prima volta alla domanda di un collega nella comunità della rete.", "Pubblicare una risposta a una domanda nella comunità della rete.");

    public static readonly CommunityBadge HelpfulColleague = new("collega-prezioso", "Collega prezioso",
        "Le sue risposte hanno aiutato i colleghi della rete.",
        $"Avere {HelpfulAcceptedAnswers} risposte accettate, oppure ricevere {HelpfulUpvotes} voti positivi dai colleghi, nella comunità della rete.");
}
