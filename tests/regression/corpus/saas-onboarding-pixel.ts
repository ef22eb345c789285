// src/analytics/onboarding.ts of a B2B SaaS (React): the pixel events of the sign-up and onboarding
// funnel. Workspaces, companies and plans have names; none of them is a person's. The pixel is
// started by the consent banner (see consent.ts).
import ReactPixel from 'react-facebook-pixel';

interface Workspace { id: string; name: string; industry: string; seats: number; country: string }
interface Plan { id: string; name: string; monthlyPrice: number; currency: string }
interface Account { id: string; role: 'owner' | 'admin' | 'member'; companyName: string; companySize: string }

export function trackSignupCompleted(account: Account, plan: Plan) {
  ReactPixel.track('CompleteRegistration', {
    content_name: plan.name,
    status: 'trial',
    value: 0,
    currency: plan.currency,
    company_size: account.companySize,
    role: account.role,
  });
}

export function trackWorkspaceCreated(workspace: Workspace) {
  ReactPixel.trackCustom('WorkspaceCreated', {
    workspace_name: workspace.name,
    industry: workspace.industry,
    seats: workspace.seats,
  });
}

export function trackCompanyProfileDone(account: Account) {
  ReactPixel.trackCustom('CompanyProfileCompleted', { company_name: account.companyName });
}

export function trackTeammatesInvited(invitees: { email: string }[]) {
  ReactPixel.trackCustom('TeammatesInvited', {
    count: invitees.length,
    invitee_emails: invitees.map((invitee) => invitee.email).join(','), // expect: meta-privacy/no-raw-pii
  });
}

export function trackSubscribed(plan: Plan, workspace: Workspace) {
  ReactPixel.track('Subscribe', {
    value: plan.monthlyPrice * workspace.seats,
    currency: plan.currency,
    predicted_ltv: plan.monthlyPrice * workspace.seats * 18,
    content_name: plan.name,
  });
}
