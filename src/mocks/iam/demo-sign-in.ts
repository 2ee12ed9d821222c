/** Who can sign in to the demo account's IAM (all with the demo password); kept free of imports so e2e specs can read it. */
export const DEMO_IAM_PASSWORD = 'demo-password';
/** The demo's user with virtual-MFA login protection. */
export const DEMO_MFA_USER = 'bob.martin';
/** The MFA user's TOTP secret (base32): add it to an authenticator app to sign in as that user. */
export const DEMO_MFA_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
