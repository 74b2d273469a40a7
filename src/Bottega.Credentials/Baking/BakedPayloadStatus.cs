namespace Bottega.Credentials.Baking;

internal enum BakedPayloadStatus
{
    /// <summary>The image holds exactly one well-formed baked payload.</summary>
    Found,

    /// <summary>The image is sound but holds nothing under the keyword.</summary>
    Absent,

    /// <summary>The image or its baked payload is malformed or forged.</summary>
    Invalid,
}
