using Xunit;

namespace Bottega.Events.Tests.Providers;

/// <summary>The meeting tests share one app and one fake BigBlueButton server.</summary>
[CollectionDefinition(Name)]
public sealed class MeetingsGroup : ICollectionFixture<MeetingsFixture>
{
    public const string Name = "meetings";
}
