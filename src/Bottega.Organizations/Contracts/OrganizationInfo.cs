namespace Bottega.Organizations.Contracts;

public sealed record OrganizationInfo(
    Guid Id, string Name, OrganizationKind Kind, string? IstatCode, string? IpaCode, Guid? ProvinceId, Guid? RegionId);
