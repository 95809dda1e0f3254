import type { Role } from '@contracts/common';
import {
  BookOpen,
  ChartColumn,
  Gavel,
  Handshake,
  Hash,
  Headset,
  LayoutDashboard,
  type LucideIcon,
  Megaphone,
  PhoneCall,
  Radio,
  Settings,
  Users,
  Workflow,
} from 'lucide-react';

export type NavItem = { label: string; href: string; icon: LucideIcon };

export const navItems: readonly NavItem[] = [
  { label: 'Dashboard', href: '/', icon: LayoutDashboard },
  { label: 'Campaigns', href: '/campaigns', icon: Megaphone },
  { label: 'Buyers & Targets', href: '/buyers', icon: Handshake },
  { label: 'Numbers & Pools', href: '/numbers', icon: Hash },
  { label: 'RTB', href: '/rtb', icon: Gavel },
  { label: 'Pixels', href: '/pixels', icon: Radio },
  { label: 'Publishers', href: '/publishers', icon: Users },
  { label: 'Call Flows', href: '/flows', icon: Workflow },
  { label: 'Agents', href: '/agents', icon: Headset },
  { label: 'Calls', href: '/calls', icon: PhoneCall },
  { label: 'Reports', href: '/reports', icon: ChartColumn },
  { label: 'Settings', href: '/settings', icon: Settings },
  { label: 'Help', href: '/help', icon: BookOpen },
];

/** Publisher users have one page: their own calls and payouts; agent users their own agent view. */
const publisherNav: readonly NavItem[] = [{ label: 'My calls', href: '/', icon: PhoneCall }];
const agentNav: readonly NavItem[] = [{ label: 'My calls', href: '/', icon: Headset }];

export const navItemsFor = (role: Role): readonly NavItem[] =>
  role === 'publisher' ? publisherNav : role === 'agent' ? agentNav : navItems;

/** A section stays highlighted on its sub-pages (/campaigns/42); the dashboard only on "/". */
export function isActive(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}
