using Bottega.Community.Domain;

namespace Bottega.Community.Features.Reputation;

/// <summary>How many points each cause of reputation is worth.</summary>
public static class ReputationPoints
{
    public const int UpvoteReceived = 10;
    public const int DownvoteReceived = -2;
    public const int AnswerAccepted = 15;
    public const int AcceptedAnAnswer = 2;

    public static int For(ReputationReason reason) => reason switch
    {
        ReputationReason.UpvoteReceived => UpvoteReceived,
        ReputationReason.DownvoteReceived => DownvoteReceived,
        ReputationReason.AnswerAccepted => AnswerAccepted,
        _ => AcceptedAnAnswer,
    };
}
