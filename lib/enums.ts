/**
 * The domain's enums (generated from prisma/schema.prisma), for app/ and components/: they import them
 * from here, never from the generated Prisma client (the import-boundary rule in eslint.config.mjs).
 */
export * from "@/lib/generated/prisma/enums";
